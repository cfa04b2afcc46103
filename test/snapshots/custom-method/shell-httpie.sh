http --ignore-stdin PURGE '{{baseUrl}}/cache/key'
