// Exceptions in the static release binary without a start-up registry of unwind tables.
//
// A static link starts through crtbeginT.o, which hands the whole .eh_frame to libgcc's unwinder
// with __register_frame_info. The first C++ throw of the process then makes libgcc sort every
// frame description of the binary (tens of thousands: about 77 million instructions, 36 ms), so
// the first Python exception of a run cost more than whole benchmark programs. The link wraps the
// registration and its undoing into the no-ops below (src/cli/CMakeLists.txt, static builds
// only); with nothing registered, the unwinder finds frames through the sorted search table that
// --eh-frame-hdr puts in PT_GNU_EH_FRAME, as in a dynamic executable, with no work at start-up.

extern "C" void __wrap___register_frame_info(const void*, void*) {}

extern "C" void* __wrap___deregister_frame_info(const void*) { return nullptr; }
