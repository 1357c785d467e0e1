<?php

// Only the options this app changes; Sanctum's defaults fill in the rest.
return [

    // Minutes an issued API token stays valid (null: until it is revoked).
    'expiration' => 60 * 24 * 7,

];
