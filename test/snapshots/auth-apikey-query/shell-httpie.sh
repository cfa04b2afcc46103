http --ignore-stdin GET '{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc'
