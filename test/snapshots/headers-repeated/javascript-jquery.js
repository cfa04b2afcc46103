var settings = {
  "url": "{{baseUrl}}/tags",
  "method": "GET",
  "timeout": 0,
  "headers": {
    "X-Tag": "alpha, beta, gamma",
    "Accept": "text/plain"
  }
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
