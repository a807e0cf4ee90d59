/* Intentionally empty: this module only carries ICU's link flags. ICU's headers are included by
   ICUBridge's .c file alone, because Foundation ships its own ICU and the two clash in Swift. */
