#ifndef ICUBRIDGE_H
#define ICUBRIDGE_H
#include <stdint.h>

/// One guess of ICU's charset detector: the charset's ICU name and a confidence from 0 to 100.
typedef struct {
    char name[32];
    int32_t confidence;
} ICUBridgeCharsetMatch;

/// Runs ICU's charset detector (ucsdet) over `bytes` and writes up to `capacity` guesses,
/// best first. Returns the number written, or -1 when ICU reports an error.
int32_t icubridge_detect_charsets(const uint8_t *bytes, int32_t length,
                                  ICUBridgeCharsetMatch *matches, int32_t capacity);

#endif
