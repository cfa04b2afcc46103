var settings = {
  "url": "{{baseUrl}}/reports",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "X-API-Key": "k3y$#{x}"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
