"""Entity normalisation: aliases, Indonesian regions and countries, coreference, salience."""
