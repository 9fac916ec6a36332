#ifndef COMMUNIQUE_CRAPTOR2_SHIM_H
#define COMMUNIQUE_CRAPTOR2_SHIM_H
#include <raptor2.h>

/* raptor_new_world() is a C macro that Swift cannot call: wrap it. */
static inline raptor_world *craptor_new_world(void) {
    return raptor_new_world_internal(RAPTOR_VERSION);
}
#endif
