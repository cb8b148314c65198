#if canImport(CMalloc)
    import CMalloc
#endif

/// How the process's memory allocator is set up for large inputs.
public enum AllocatorTuning {
    /// Blocks of at least 256 KiB are mapped on their own and given back to the system as soon as they
    /// are freed. By default glibc raises that threshold each time it frees a mapped block (up to 32 MiB),
    /// and then keeps freed blocks of megabytes in its per-thread heaps: the arrays of a file's events, or
    /// of a batch's invocations once merged, would stay resident to the end. Call it once, at start.
    public static func returnLargeBlocksWhenFreed() {
        #if canImport(CMalloc)
            _ = mallopt(M_MMAP_THRESHOLD, 256 << 10)
        #endif
    }
}
