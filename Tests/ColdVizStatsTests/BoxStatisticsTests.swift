import Testing

@testable import ColdVizStats

@Suite("Tukey box against matplotlib's boxplot_stats definition")
struct BoxStatisticsTests {
    @Test("quartiles, whiskers and outliers", arguments: datasetIDs)
    func matchesReference(id: String) throws {
        let expected = try #require(Reference.boxes[id])
        let box = try #require(BoxStatistics(values: Reference.dataset(id)))
        expectClose(box.q1, expected.q1, relative: 1e-15)
        expectClose(box.median, expected.median, relative: 1e-15)
        expectClose(box.q3, expected.q3, relative: 1e-15)
        #expect(box.lowerWhisker == expected.low)
        #expect(box.upperWhisker == expected.high)
        #expect(box.outliers == expected.outliers)
    }

    @Test("the outlier case flags 250 ms and stops the whisker at 19.2")
    func outlier() throws {
        let box = try #require(BoxStatistics(values: Reference.dataset("small with outlier")))
        #expect(box.outliers == [250])
        #expect(box.upperWhisker == 19.2)
    }

    @Test("empty input gives nil")
    func empty() {
        #expect(BoxStatistics(values: []) == nil)
    }
}
