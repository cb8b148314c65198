// ColdVizCairo
