http --ignore-stdin POST '{{baseUrl}}/jobs/42/run'
