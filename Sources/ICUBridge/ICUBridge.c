#include "ICUBridge.h"
#include <string.h>
#include <unicode/ucsdet.h>

int32_t icubridge_detect_charsets(const uint8_t *bytes, int32_t length,
                                  ICUBridgeCharsetMatch *matches, int32_t capacity) {
    UErrorCode status = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&status);
    if (U_FAILURE(status)) return -1;
    ucsdet_setText(detector, (const char *)bytes, length, &status);
    int32_t found = 0;
    const UCharsetMatch **all = ucsdet_detectAll(detector, &found, &status);
    if (U_FAILURE(status)) { ucsdet_close(detector); return -1; }
    int32_t written = 0;
    for (int32_t i = 0; i < found && written < capacity; i++) {
        UErrorCode itemStatus = U_ZERO_ERROR;
        const char *name = ucsdet_getName(all[i], &itemStatus);
        int32_t confidence = ucsdet_getConfidence(all[i], &itemStatus);
        if (U_FAILURE(itemStatus) || name == NULL) continue;
        strncpy(matches[written].name, name, sizeof(matches[written].name) - 1);
        matches[written].name[sizeof(matches[written].name) - 1] = '\0';
        matches[written].confidence = confidence;
        written++;
    }
    ucsdet_close(detector);
    return written;
}
