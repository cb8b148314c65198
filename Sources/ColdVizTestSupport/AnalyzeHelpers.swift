@_spi(Testing) import ColdVizCore

/// Runs ingest, dataset building and analysis on paths, as `coldviz analyze` does.
public func analyzeForTest(
    _ paths: [String], groupBy: [Dimension]? = nil, labeler: Labeler = Labeler(),
    options: IngestOptions = IngestOptions()
) -> Analysis {
    let dataset = DatasetBuilder.build(Ingestor.ingest(paths: paths, options: options))
    return Analyzer.analyze(dataset, labeler: labeler, groupBy: groupBy)
}

/// Reads one text snippet as if it were a file, and returns the file's ingest result.
public func ingestText(_ text: String, options: IngestOptions = IngestOptions()) -> FileIngest {
    let bytes = Array(text.utf8)
    return Ingestor.readBytesForTest(bytes, options: options)
}
