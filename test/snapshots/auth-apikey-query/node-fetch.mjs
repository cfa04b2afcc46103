const response = await fetch('{{baseUrl}}/reports?format=csv&api%20key=a%26b%3Dc');
console.log(await response.text());
