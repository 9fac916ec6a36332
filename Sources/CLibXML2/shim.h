#ifndef COMMUNIQUE_CLIBXML2_SHIM_H
#define COMMUNIQUE_CLIBXML2_SHIM_H
#include <libxml/HTMLparser.h>
#include <libxml/xmlerror.h>
#include <libxml/tree.h>
#endif
