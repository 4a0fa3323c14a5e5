/** Reading scenarios from YAML and JSON with located, collected errors. */
package org.parley.model.io;
