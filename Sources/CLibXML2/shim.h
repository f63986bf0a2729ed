#ifndef PARALLAX_CLIBXML2_SHIM_H
#define PARALLAX_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
/* Debian builds libxml2 with ICU; its headers would then pull in ICU types that clash with Foundation's own
   copy of ICU. Parallax never touches the encoding handler's ICU fields, so the ICU part is left out. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a C global function pointer; Swift 6 cannot touch it safely, so it is wrapped.
static inline void parallax_xmlFree(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's default error printer (it writes to stderr for every malformed tag).
static inline void parallax_xmlSilenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
}

#endif
