"""Spider modules, one per source (see SPIDER_MODULES in spiders.settings)."""
