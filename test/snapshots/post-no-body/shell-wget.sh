wget --quiet --output-document=- --method=POST '{{baseUrl}}/jobs/42/run'
