// ColdVizStats
