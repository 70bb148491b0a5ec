// SHA-256 from the system OpenSSL (libssl-dev): the EVP digest interface, which uses the CPU's SHA
// instructions where it has them.
#include <openssl/evp.h>
