/* json_bytes.h - sixteen bytes a step over the runs of a JSON string that
 * need no escape.  Only where SSE2 is part of the base instruction set
 * (every x86-64); elsewhere NSV_JSON16 is undefined and callers keep their
 * byte-wise loops. */
#ifndef NSV_JSON_BYTES_H
#define NSV_JSON_BYTES_H

#if defined(__SSE2__)
#include <emmintrin.h>

#define NSV_JSON16 1

/* Bit k set when byte p[k] (k < 16) is one a JSON string does not hold as
 * it is: a control byte, '"', '\\', or a byte of 0x80 or more (those start
 * UTF-8 sequences, checked one by one).  Compared as signed bytes, 0x80 and
 * up are below 0x20 too. */
static inline unsigned json_special16(const unsigned char *p)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i m = _mm_or_si128(_mm_cmplt_epi8(v, _mm_set1_epi8(0x20)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                          _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))));
    return (unsigned)_mm_movemask_epi8(m);
}
#endif

#endif
