#include <poppler.h>
#include <gio/gio.h>
#include <cairo.h>
