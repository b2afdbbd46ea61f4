// XXH3's AVX2 code, compiled with -mavx2 (CMakeLists.txt) and called only on a processor that has
// AVX2 (CheckpointDigest::add): it hashes the log's first bytes twice as fast as the SSE2 code
// that every x86-64 has. Nothing but xxHash's C code, all of it static here (XXH_INLINE_ALL), is
// compiled in this file, so no AVX2 code can be shared with the rest of the program.
#define XXH_INLINE_ALL
#include <cstddef>
#include <xxhash.h>

namespace backplan::io {

// XXH3_64bits_update on an XXH3_state_t (the same layout whichever code fills it).
void checkpoint_digest_update_avx2(void* state, const void* data, std::size_t size) {
    XXH3_64bits_update(static_cast<XXH3_state_t*>(state), data, size);
}

} // namespace backplan::io
