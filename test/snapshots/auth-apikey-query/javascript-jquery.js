var settings = {
  "url": "{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc",
  "method": "GET",
  "timeout": 0
};

$.ajax(settings).done(function (response) {
  console.log(response);
});
