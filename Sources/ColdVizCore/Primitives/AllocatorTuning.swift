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

    /// Gives the system back the whole free pages inside the allocator's heaps (`malloc_trim`): a phase
    /// that made and freed millions of small blocks (the paths of an export tree's files, the records of a
    /// unit) leaves them scattered between the blocks it keeps, resident until reused. O(heap size).
    public static func releaseFreePages() {
        #if canImport(CMalloc)
            _ = malloc_trim(0)
        #endif
    }
}
