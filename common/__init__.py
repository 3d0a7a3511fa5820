"""Parts every stage shares: the crawl item contract, vocabularies, contact normalisers, site identity, file writing."""
