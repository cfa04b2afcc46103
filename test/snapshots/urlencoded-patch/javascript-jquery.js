var settings = {
  "url": "{{baseUrl}}/settings",
  "method": "PATCH",
  "timeout": 0,
  "headers": {
    "Content-Type": "application/x-www-form-urlencoded"
  },
  "processData": false,
  "data": "theme=dark%20mode&tag=a%26b&tag=c"
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
