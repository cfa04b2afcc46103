curl --location --globoff --request PURGE '{{baseUrl}}/cache/key'
