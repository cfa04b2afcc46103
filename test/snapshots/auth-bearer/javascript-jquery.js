var settings = {
  "url": "{{baseUrl}}/me",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "Authorization": "Bearer eyJhbGciOiJIUzI1NiJ9.e30.sig"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
