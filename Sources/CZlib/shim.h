#include <zlib.h>

/// deflateInit2 for a gzip stream (header with no name and no time, so the same bytes give the same file).
static inline int czlib_gzip_init(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

/// inflateInit2 reading a gzip (or zlib) stream.
static inline int czlib_gunzip_init(z_stream *stream) {
    return inflateInit2(stream, 15 + 32);
}
