curl --location --globoff --request POST '{{baseUrl}}/jobs/42/run'
