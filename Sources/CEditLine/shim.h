#ifndef CEDITLINE_SHIM_H
#define CEDITLINE_SHIM_H
// A non-variadic face for libedit, usable from Swift 6:
// - Swift cannot call C variadic functions (`el_set`, `el_get`, `history`): each use is
//   wrapped in a `static inline` function with fixed parameters.
// - Swift 6 rejects C mutable globals: the SIGINT state lives here, reached only through
//   functions.
// - SIGWINCH is handled the same way (no SA_RESTART, forwarded to the reader), which
//   resizes and redraws the line being edited.
// - SIGINT: the handler is installed with `sigaction` *without* SA_RESTART, so a blocking
//   `read` on the reading thread returns EINTR. The reading thread is recorded before each
//   read and has SIGINT unblocked; a signal that lands on another thread is forwarded to it.
//   A small watcher thread with SIGINT unblocked catches Ctrl-C while nothing is being read
//   (Dispatch worker threads block signals), so a running statement can be cancelled.
#include <errno.h>
#include <limits.h>
#include <locale.h>
#include <langinfo.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <wchar.h>
#include <histedit.h>

// MARK: SIGINT state

// Weak definitions: Swift emits this header's inline functions into every object file that
// uses them; `static` state would be duplicated per file, weak state is merged by the linker.
__attribute__((weak)) volatile sig_atomic_t assembla_sigint_pending = 0;
__attribute__((weak)) volatile sig_atomic_t assembla_reader_active = 0;
__attribute__((weak)) volatile sig_atomic_t assembla_sigint_installed = 0;
__attribute__((weak)) volatile pthread_t assembla_reader_thread = 0;
__attribute__((weak)) volatile sig_atomic_t assembla_winch_pending = 0;

static void assembla_sigint_handler(int signo) {
    (void)signo;
    assembla_sigint_pending = 1;
    if (assembla_reader_active && !pthread_equal(pthread_self(), assembla_reader_thread)) {
        // Wake the blocked read on the reading thread: it returns EINTR there.
        pthread_kill(assembla_reader_thread, SIGINT);
    }
}

/// SIGWINCH: the terminal was resized; the reader redraws the line at the new width.
static void assembla_sigwinch_handler(int signo) {
    (void)signo;
    assembla_winch_pending = 1;
    if (assembla_reader_active && !pthread_equal(pthread_self(), assembla_reader_thread)) {
        pthread_kill(assembla_reader_thread, SIGWINCH);
    }
}

static void *assembla_sigint_watcher(void *unused) {
    (void)unused;
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    pthread_sigmask(SIG_UNBLOCK, &set, NULL);
    for (;;) pause();
    return NULL;
}

/// Installs the SIGINT handler (no SA_RESTART) and starts the watcher thread. Idempotent.
static inline int assembla_sigint_install(void) {
    if (assembla_sigint_installed) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = assembla_sigint_handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    if (sigaction(SIGINT, &action, NULL) != 0) return -1;
    action.sa_handler = assembla_sigwinch_handler;
    if (sigaction(SIGWINCH, &action, NULL) != 0) return -1;
    pthread_t watcher;
    pthread_attr_t attributes;
    pthread_attr_init(&attributes);
    pthread_attr_setdetachstate(&attributes, PTHREAD_CREATE_DETACHED);
    int created = pthread_create(&watcher, &attributes, assembla_sigint_watcher, NULL);
    pthread_attr_destroy(&attributes);
    if (created != 0) return -1;
    assembla_sigint_installed = 1;
    return 0;
}

/// Returns 1 and clears the flag when a SIGINT arrived since the last call.
static inline int assembla_sigint_take(void) {
    if (!assembla_sigint_pending) return 0;
    assembla_sigint_pending = 0;
    return 1;
}

/// Whether a SIGINT is pending, without clearing it.
static inline int assembla_sigint_peek(void) { return assembla_sigint_pending ? 1 : 0; }

/// Whether a line is being read right now (Ctrl-C then belongs to the reader).
static inline int assembla_reader_is_active(void) { return assembla_reader_active ? 1 : 0; }

/// Records the calling thread as the reader and unblocks SIGINT and SIGWINCH on it.
/// Returns whether SIGINT was blocked before, for `assembla_read_end`.
static inline int assembla_read_begin(void) {
    sigset_t set, old;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGWINCH);
    pthread_sigmask(SIG_UNBLOCK, &set, &old);
    assembla_reader_thread = pthread_self();
    assembla_reader_active = 1;
    return sigismember(&old, SIGINT) ? 1 : 0;
}

/// Ends a read; blocks SIGINT and SIGWINCH again on this thread when they were blocked before.
static inline void assembla_read_end(int wasBlocked) {
    assembla_reader_active = 0;
    if (wasBlocked) {
        sigset_t set;
        sigemptyset(&set);
        sigaddset(&set, SIGINT);
        sigaddset(&set, SIGWINCH);
        pthread_sigmask(SIG_BLOCK, &set, NULL);
    }
}

// MARK: reading characters

/// libedit's character reader, replaced so that Ctrl-C ends `el_gets` at once (the
/// built-in one retries an interrupted read) and a resize redraws the line. Decodes the
/// locale's multibyte encoding.
static int assembla_el_getc(EditLine *el, wchar_t *out) {
    char bytes[MB_LEN_MAX];
    size_t count = 0;
    for (;;) {
        if (assembla_sigint_pending) return -1;
        char byte;
        ssize_t got = read(STDIN_FILENO, &byte, 1);
        if (got < 0) {
            if (errno == EINTR) {
                if (assembla_winch_pending) {
                    assembla_winch_pending = 0;
                    el_resize(el);
                    el_set(el, EL_REFRESH);
                }
                continue;   // loops back to the Ctrl-C check
            }
            return -1;
        }
        if (got == 0) return 0;
        bytes[count++] = byte;
        mbstate_t state;
        memset(&state, 0, sizeof state);
        size_t used = mbrtowc(out, bytes, count, &state);
        if (used == (size_t)-2 && count < MB_LEN_MAX) continue;  // incomplete sequence
        if (used == (size_t)-1 || used == (size_t)-2) { count = 0; continue; }  // invalid: drop
        if (used == 0) *out = L'\0';
        return 1;
    }
}

// MARK: locale

/// `setlocale(LC_ALL, "")`, falling back to C.UTF-8 when the codeset is not UTF-8
/// (libedit silently drops non-ASCII input otherwise). Returns 1 when UTF-8 is active.
static inline int assembla_setlocale_utf8(void) {
    setlocale(LC_ALL, "");
    const char *codeset = nl_langinfo(CODESET);
    if (codeset && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0)) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL) return 1;
    return setlocale(LC_CTYPE, "C.utf8") != NULL ? 1 : 0;
}

// MARK: el_set / el_get

typedef char *(*assembla_prompt_fn)(EditLine *);
typedef unsigned char (*assembla_command_fn)(EditLine *, int);

/// libedit on stdin, drawing on stdout, or on stderr when `drawOnStderr` (stdout redirected).
static inline EditLine *assembla_el_init(const char *program, int drawOnStderr) {
    return el_init(program, stdin, drawOnStderr ? stderr : stdout, stderr);
}
static inline int assembla_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
static inline int assembla_el_set_prompt(EditLine *el, assembla_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
static inline int assembla_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
static inline void *assembla_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}
static inline int assembla_el_set_getc(EditLine *el) { return el_set(el, EL_GETCFN, assembla_el_getc); }
static inline int assembla_el_add_function(EditLine *el, const char *name, const char *help, assembla_command_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int assembla_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}
static inline int assembla_el_set_history(EditLine *el, History *list) {
    return el_set(el, EL_HIST, history, list);
}

/// The current line as UTF-8 bytes and the cursor's byte offset into it.
static inline const char *assembla_el_line(EditLine *el, int *length, int *cursor) {
    const LineInfo *info = el_line(el);
    *length = (int)(info->lastchar - info->buffer);
    *cursor = (int)(info->cursor - info->buffer);
    return info->buffer;
}

// MARK: history

static inline History *assembla_history_init(int size) {
    History *list = history_init();
    if (!list) return NULL;
    HistEvent event;
    history(list, &event, H_SETSIZE, size);
    history(list, &event, H_SETUNIQUE, 1);
    return list;
}
static inline int assembla_history_enter(History *list, const char *line) {
    HistEvent event;
    return history(list, &event, H_ENTER, line);
}
static inline int assembla_history_clear(History *list) {
    HistEvent event;
    return history(list, &event, H_CLEAR);
}

#endif
