// ColdVizTestSupport
