/// The numbers the generator draws from, with their sources.
///
/// Levels come from the reference study's figures (`docs/FIGURES.md` §1, §2, §4, as also encoded in
/// `scripts/make_fixtures.py`); relative effects and the tail shape come from
/// `realdata/h_maxday-lambda-perf_data-last.json` (lambda-perf, 10 Init Durations per configuration
/// per day of a minimal function, Python 3.9-3.14, zip and image, x86_64 and arm64, 128-1024 MB),
/// computed once with numpy 2.4.6 (the script is quoted in each comment).
enum SynthCalibration {
    // MARK: Steady-state levels (the study, docs/FIGURES.md §1 and §2)

    /// zip: "tight around 2,900-3,000 ms": normal(2,972, 13) clipped to [2,935, 3,010] (as the fixture).
    static let zipCenterMilliseconds = 2972.0
    /// zip_layers: "tight around 3,200-3,300 ms".
    static let zipLayersCenterMilliseconds = 3268.0
    static let tightStandardDeviationMilliseconds = 13.0
    static let tightClipMilliseconds = (low: -37.0, high: 38.0)
    /// image: "mostly 1,100-2,000 ms" with "a main mode around 1,400-1,600": normal(1,500, 70)
    /// clipped to [1,330, 1,690], one draw in five flat over [1,100, 2,000] (as the fixture).
    static let imageModeMilliseconds = 1500.0
    static let imageModeStandardDeviationMilliseconds = 70.0
    static let imageModeClipMilliseconds = (low: 1330.0, high: 1690.0)
    static let imageFlatShare = 0.2
    static let imageFlatRangeMilliseconds = (low: 1100.0, high: 2000.0)

    // MARK: After a deployment (the study's first burst, docs/FIGURES.md §2)

    /// image "7,000-10,000 ms for the first cold starts after a new deployment".
    static let imageDeploymentRangeMilliseconds = (low: 7200.0, high: 9950.0)
    /// zip "around 2,500-3,500": normal(3,000, 200) clipped to [2,600, 3,450]; zip_layers 150 ms higher.
    static let zipDeploymentMilliseconds = (mean: 3000.0, sd: 200.0, low: 2600.0, high: 3450.0)
    static let zipLayersDeploymentOffsetMilliseconds = 150.0

    // MARK: Right tail (lambda-perf)

    /// Share of image Init Durations above 1.5 x their configuration's median: 0.1604 (480 values;
    /// `(np.concatenate([i / np.median(i) for image configs]) > 1.5).mean()`). The study calls the
    /// image tail "long and flat": tail draws are flat from 1.5 x to 6 x the mode (2,250-9,000 ms).
    static let imageTailShare = 0.16
    static let imageTailRangeFactor = (low: 1.5, high: 6.0)
    /// zip: the 95th percentile of Init Duration / configuration median is 1.163, p99 1.318; in absolute
    /// terms p99 - p50 is about 25 ms for a 79 ms median. Modelled as: with probability 0.05 add an
    /// exponential excess of mean 25 ms.
    static let zipTailShare = 0.05
    static let zipTailMeanMilliseconds = 25.0

    // MARK: Relative effects (lambda-perf)

    /// Median Init Duration per Python version over the zip configurations, relative to 3.9
    /// (80 values each): 3.10 1.000, 3.11 1.005, 3.12 1.107, 3.13 1.121 (3.14 1.362, not generated).
    /// 3.8 is not in the 2025 file; the 2022 file (`h_maxday-lambda-perf_data-2022-12-31_oldschema.json`,
    /// 128 MB) gives 3.8 / 3.9 = 116.6 / 108.635 = 1.073.
    static let pythonFactor: [String: Double] = [
        "3.8": 1.073, "3.9": 1.0, "3.10": 1.0, "3.11": 1.005, "3.12": 1.107, "3.13": 1.121,
    ]
    /// Median arm64 / x86_64 Init Duration: zip 0.967, image 0.867.
    static let arm64Factor: [String: Double] = ["zip": 0.967, "zip_layers": 0.967, "image": 0.867]
    /// Memory "barely moves init duration": medians over 128-1024 MB differ by at most 1.7 % (zip
    /// 78.6-79.9 ms); the study saw none. Modelled as -12 ms x log10(memory / 1024) (0 at 1,024 MB,
    /// -12 ms at 10,240 MB, as the fixture).
    static let memoryOffsetPerDecadeMilliseconds = -12.0

    // MARK: Durations and memory (the fixture experiment, Fixtures/experiment/README.md)

    /// Warm Duration: log-normal, median 180 ms x (1024 / memory)^0.6 (the fixture's 180 / 110 / 70 / 45 ms
    /// at 1,024 / 1,769 / 3,538 / 10,240 MB, fitted in log-log), sigma 0.22; Python 3.11 and later 8 % faster.
    static let warmMedianAt1024Milliseconds = 180.0
    static let warmMemoryExponent = 0.6
    static let warmSigma = 0.22
    static let warmFasterFactor = 0.92
    /// A cold start's Duration is a warm draw times uniform(1.6, 2.6).
    static let coldDurationFactor = (low: 1.6, high: 2.6)
    /// Max Memory Used at a cold start: base + normal(0, 22) + 8 per memory step, in [150, 420] MB.
    static let maxMemoryBaseMegabytes: [String: Double] = ["image": 265, "zip": 225, "zip_layers": 240]
}
