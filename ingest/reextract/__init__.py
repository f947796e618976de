"""`warta reextract`: rebuild stored articles with the current extractor and publish the ones that changed."""
