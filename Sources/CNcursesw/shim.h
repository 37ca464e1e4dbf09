// SwiftPM drops pkg-config -D flags, so the wide-character API is switched on here.
#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <wchar.h>
#include <ncurses.h>

// Macros do not import into Swift: small accessors instead.
static inline int loket_key_f(int n) { return KEY_F(n); }
static inline int loket_key_resize(void) { return KEY_RESIZE; }
static inline int loket_key_code_yes(void) { return KEY_CODE_YES; }
static inline unsigned int loket_a_normal(void) { return A_NORMAL; }
static inline unsigned int loket_a_bold(void) { return A_BOLD; }
static inline unsigned int loket_a_reverse(void) { return A_REVERSE; }
static inline unsigned int loket_a_underline(void) { return A_UNDERLINE; }
static inline unsigned int loket_a_dim(void) { return A_DIM; }
static inline unsigned int loket_color_pair(int n) { return COLOR_PAIR(n); }
static inline int loket_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != 0 && (cs[0] == 'U' || cs[0] == 'u') && (cs[1] == 'T' || cs[1] == 't') && (cs[2] == 'F' || cs[2] == 'f');
}
