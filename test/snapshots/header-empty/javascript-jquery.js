var settings = {
  "url": "{{baseUrl}}/empty",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "X-Empty": "",
    "X-After": "set"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
