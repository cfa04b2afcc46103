package main

import (
	"fmt"

	"github.com/go-resty/resty/v2"
)

func main() {
	client := resty.New()

	req := client.R()
	req.Header.Add("Content-Type", "application/x-www-form-urlencoded")
	req.SetBody("theme=dark%20mode&tag=a%26b&tag=c")

	resp, err := req.Execute("PATCH", "{{baseUrl}}/settings")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(resp.String())
}
