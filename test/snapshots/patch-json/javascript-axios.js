const config = {
  method: "PATCH",
  url: "{{baseUrl}}/v1/users/{{userId}}",
  headers: {
    "If-Match": 'W/"etag-1"',
    "X-Request-Id": "{{requestId}}",
    "Content-Type": "application/json"
  },
  data: '{"name": "{{newName}}", "active": true}'
};

axios
  .request(config)
  .then((response) => console.log(response.data))
  .catch((error) => console.error(error));
