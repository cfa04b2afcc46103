var settings = {
  "url": "{{baseUrl}}/v1/users?limit=10&page=2",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "Accept": "application/json"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
