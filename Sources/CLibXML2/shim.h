#ifndef COMMUNIQUE_CLIBXML2_SHIM_H
#define COMMUNIQUE_CLIBXML2_SHIM_H
#include <libxml/xmlversion.h>
/* libxml2's encoding.h pulls in the system ICU headers when LIBXML_ICU_ENABLED is set; they clash with
   Foundation's bundled ICU in the same Swift module. Communique never uses libxml2's ICU converters. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function pointer (mutable shared state to Swift 6): call it through a function. */
static inline void cxml_free(void *pointer) { xmlFree(pointer); }
#endif
