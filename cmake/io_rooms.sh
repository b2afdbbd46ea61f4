# The rooms of io and the rooms each may use besides itself (ARCHITECTURE.md): one
# table for cmake/check_includes.sh and cmake/check_layer_deps.sh, which source it.
# shellcheck disable=SC2034 # used by the scripts that source it
declare -A may_use=([system]="" [store]="system" [templates]="system" [formats]=""
    [screens]="formats system")
