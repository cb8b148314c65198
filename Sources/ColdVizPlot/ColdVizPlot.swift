// ColdVizPlot
