var settings = {
  "url": "{{baseUrl}}/v1/users/{{userId}}",
  "method": "PATCH",
  "timeout": 0,
  "headers": {
    "If-Match": 'W/"etag-1"',
    "X-Request-Id": "{{requestId}}",
    "Content-Type": "application/json"
  },
  "data": '{"name": "{{newName}}", "active": true}'
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
