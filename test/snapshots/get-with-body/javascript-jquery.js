var settings = {
  "url": "{{baseUrl}}/search",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/json"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
