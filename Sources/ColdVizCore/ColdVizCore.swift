// ColdVizCore
